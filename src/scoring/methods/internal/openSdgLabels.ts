import type { OpenSdgStatus } from '../openSdgProgress.js';

/** Statistics Canada's English labels of the Open SDG statuses. */
export const OPEN_SDG_LABELS: Record<OpenSdgStatus, string> = {
  target_achieved: 'Target achieved',
  substantial_progress: 'On track',
  moderate_progress: 'Progress made but acceleration needed',
  limited_progress: 'Limited progress',
  deterioration: 'Deterioration',
  not_available: 'Unable to assess',
};
