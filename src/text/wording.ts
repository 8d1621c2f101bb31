/** How the project words counts and durations, in rule messages and reports alike. */

/** `1 error`, `2 errors`; `pluralForm` for irregular words. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "45 min", "2 h 5 min", "3 days 2 h" (minutes are dropped once a duration runs into days). */
export function formatMinutes(total: number): string {
  const minutes = Math.round(total);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 1440) {
    const rest = minutes % 60;
    return `${Math.floor(minutes / 60)} h${rest > 0 ? ` ${rest} min` : ''}`;
  }
  const hours = Math.round(minutes / 60);
  const days = Math.floor(hours / 24);
  return `${plural(days, 'day')}${hours % 24 > 0 ? ` ${hours % 24} h` : ''}`;
}
