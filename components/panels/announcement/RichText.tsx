import type { RichBlock, RichInline } from '@/lib/panels/announcement/types';

// Every piece of text is a React text child, so the source's "<script>" or "javascript:" is shown, never run.

function Inlines({ nodes }: { nodes: RichInline[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <span key={index}>{node.text}</span>;
      case 'break':
        return <br key={index} />;
      case 'bold':
        return (
          <strong key={index}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case 'italic':
        return (
          <em key={index}>
            <Inlines nodes={node.children} />
          </em>
        );
    }
  });
}

export function RichText({ blocks, className, testId, size }: { blocks: RichBlock[]; className?: string; testId?: string; size?: string }) {
  return (
    <div className={className} data-testid={testId} data-size={size}>
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>
            <Inlines nodes={block.children} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, i) => (
              <li key={i}>
                <Inlines nodes={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
