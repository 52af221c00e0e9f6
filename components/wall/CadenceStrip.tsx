'use client';

import useSWR from 'swr';
import { cadenceOutOfDate, cadenceStrip } from '@/lib/panels/cadence/math';
import type { CadenceDto } from '@/lib/panels/cadence/types';
import { todayIn } from '@/lib/time/calendar';
import { useRefetchWhenOutOfDate } from '../panels/useRefetchWhenOutOfDate';
import { cadenceKeyOf } from './plan';
import styles from './Wall.module.css';

/**
 * Where the train is in its cadence: PI, iteration, "Day X of Y" and the countdown to the next PI planning or
 * system demo, from the wall's own clock in the train's zone. Once the data says it is out of date (an iteration
 * started, the demo passed) it is fetched again, after a random 0-60 s so that every screen does not ask at once.
 */
export function CadenceStrip({ train, now }: { train: { slug: string; timeZone: string }; now: Date }) {
  const key = cadenceKeyOf(train.slug);
  const { data, mutate } = useSWR<CadenceDto>(key);
  const today = todayIn(train.timeZone, now);
  const outOfDate = data ? cadenceOutOfDate(data, today) : false;
  const changesOn = data?.changesOn ?? null;

  useRefetchWhenOutOfDate(key, changesOn, outOfDate, mutate);

  if (!data) return null;
  const strip = cadenceStrip(data, today);
  const countdown = strip.countdown;
  return (
    <span className={styles.cadence} data-testid="cadence-strip" data-changes-on={changesOn ?? ''}>
      {strip.pi && (
        <span className={styles.pi} data-testid="cadence-pi">
          {strip.pi}
        </span>
      )}
      {strip.iteration && (
        <span className={styles.iteration} data-testid="cadence-iteration" data-kind={data.iteration?.kind}>
          {strip.iteration}
        </span>
      )}
      {strip.progress && (
        <span className={styles.day} data-testid="cadence-day" suppressHydrationWarning>
          {strip.progress}
        </span>
      )}
      {countdown && (
        <span
          className={countdown.inDays === 0 ? styles.countdownToday : styles.countdown}
          data-testid="cadence-countdown"
          data-kind={countdown.kind}
          data-days={countdown.inDays}
          title={countdown.title}
          suppressHydrationWarning
        >
          <span aria-hidden>{countdown.kind === 'pi_planning' ? '◆ ' : '▸ '}</span>
          {countdown.text}
        </span>
      )}
    </span>
  );
}
