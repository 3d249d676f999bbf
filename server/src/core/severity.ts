/**
 * How serious a finding is. Its own module because both the rules (their default)
 * and the config (a user's override) speak of it, and config/ reads the rules.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
