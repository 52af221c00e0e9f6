import Link from 'next/link';
import { connection } from 'next/server';
import { listTrainLinks } from '@/lib/display/trains';
import { getRuntime } from '@/lib/runtime';
import styles from './home.module.css';

export default async function HomePage() {
  await connection();
  const trains = await listTrainLinks(getRuntime());
  return (
    <main className={styles.home}>
      <h1>Signalbox</h1>
      <p>The information radiator for your Agile Release Train. Open a wall on a TV:</p>
      <ul>
        {trains.map((train) => (
          <li key={train.slug}>
            <Link href={`/display/${train.slug}`}>{train.name}</Link> <code>/display/{train.slug}</code>
          </li>
        ))}
      </ul>
      {trains.length === 0 && <p>No train yet: send work items to <code>POST /api/v1/events</code>.</p>}
      <p>
        A TV to pair with the console: open <Link href="/display">/display</Link> on it. The RTE works in the{' '}
        <Link href="/admin">console</Link>.
      </p>
    </main>
  );
}
