import { Button } from './Button';
import lists from './lists.module.css';

/**
 * The foot of an edit-in-place form: Save changes (submits; "Saving…" while busy) and Cancel (back to the view).
 *   <EditFormButtons busy={action.busy} onCancel={() => (action.clear(), setMode('view'))} />
 */
export function EditFormButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <div className={lists.buttons}>
      <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
        Save changes
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
