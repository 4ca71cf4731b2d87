/** Papers first cited by the adversarial-attacks part of the lectures (merged into content/bibliography.ts). */
import type { Paper } from '../bibliography';

export const papers = {
} satisfies Record<string, Paper>;
