// The console's reusable pieces; import from '@/components/admin/ui'.
export { Button, ButtonLink, type ButtonVariant } from './Button';
export { Card } from './Card';
export { Field } from './Field';
export { Notice, type NoticeTone } from './Notice';
export { Table } from './Table';
export { TrainChooser } from './TrainChooser';
export { EditFormButtons } from './EditFormButtons';
