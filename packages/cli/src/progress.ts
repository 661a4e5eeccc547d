import cliProgress from 'cli-progress';
import type { CliIo } from './cli-io';

/** A progress indicator for long work; it draws a bar only when stderr is a terminal. */
export interface Progress {
  /** Advances the bar by `steps` (default 1). */
  advance(steps?: number): void;
  /** Removes the bar. */
  stop(): void;
}

const silentProgress: Progress = {
  advance() {},
  stop() {},
};

/** Starts a progress bar for `total` steps labelled `label` on stderr, or a silent one when stderr is not a terminal. */
export function startProgress(io: CliIo, label: string, total: number): Progress {
  if (io.stderr.isTTY !== true || total <= 0) return silentProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} [{bar}] {value}/{total}`,
      clearOnComplete: true,
      hideCursor: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    advance(steps = 1) {
      bar.increment(steps);
    },
    stop() {
      bar.stop();
    },
  };
}
