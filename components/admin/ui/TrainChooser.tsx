import type { ReactNode } from 'react';
import { Button } from './Button';
import { Card } from './Card';
import { Field } from './Field';
import lists from './lists.module.css';

/**
 * A card with a GET form that reloads the page for another train (the Train field shows only when there are several)
 * and whatever other choice the page adds as children (a PI). Nothing when there is nothing to choose.
 *   <TrainChooser trains={data.trains} selected={train.slug} />
 *   <TrainChooser title="Which PI" trains={data.trains} selected={train.slug}><Field label="PI">…</Field></TrainChooser>
 */
export function TrainChooser({
  trains,
  selected,
  title = 'Which train',
  id,
  children,
}: {
  trains: { slug: string; name: string }[];
  selected: string;
  title?: string;
  id?: string;
  children?: ReactNode;
}) {
  const severalTrains = trains.length > 1;
  if (!severalTrains && !children) return null;
  return (
    <Card title={title} id={id}>
      <form method="get" className={lists.chooser}>
        {severalTrains && (
          <Field label="Train">
            <select name="train" defaultValue={selected}>
              {trains.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                </option>
              ))}
            </select>
          </Field>
        )}
        {children}
        <Button type="submit">Show</Button>
      </form>
    </Card>
  );
}
