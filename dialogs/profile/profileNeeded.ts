import type { DomainEvent } from '../events.schema';
import { route } from '../router';
import { DEFAULT_PROFILE_PERIOD, type ProfilePeriod } from './profile.schema';

/** What an event asks of the problem profile, so the runner reads the forms only for a turn that shows it. */
export type ProfileNeed = { months: ProfilePeriod; asCsv: boolean };

export function profileNeeded(event: DomainEvent): ProfileNeed | undefined {
  switch (event.event) {
    case 'profile.requested':
      return { months: event.months, asCsv: false };
    case 'profile.csvRequested':
      return { months: event.months, asCsv: true };
    case 'message.received': {
      // Most messages never name the profile: they are not routed a further time for it.
      if (!/profile/i.test(event.text)) return undefined;
      const routed = route(event.text);
      return routed.kind === 'command' && routed.command === 'problemProfile' ? { months: DEFAULT_PROFILE_PERIOD, asCsv: false } : undefined;
    }
    default:
      return undefined;
  }
}
