import type { DomainEvent } from '../events.schema';
import { route, type Router } from '../router';
import { DEFAULT_PROFILE_PERIOD, type ProfilePeriod } from './profile.schema';

/** How the profile is given: as a card, as CSV text to copy, or as a CSV file on Teams' file card. */
export type ProfileOutput = 'card' | 'csvText' | 'teamsFile';

/** What an event asks of the problem profile, so the runner reads the forms only for a turn that shows it. */
export type ProfileNeed = { months: ProfilePeriod; output: ProfileOutput };

export function profileNeeded(event: DomainEvent, routeText: Router = route): ProfileNeed | undefined {
  switch (event.event) {
    case 'profile.requested':
      return { months: event.months, output: 'card' };
    case 'profile.csvRequested':
      return { months: event.months, output: 'csvText' };
    case 'profile.fileRequested':
      return { months: event.months, output: 'teamsFile' };
    case 'message.received': {
      // Most messages never name the profile: they are not routed a further time for it.
      if (!/profile/i.test(event.text)) return undefined;
      const routed = routeText(event.text);
      return routed.kind === 'command' && routed.command === 'problemProfile' ? { months: DEFAULT_PROFILE_PERIOD, output: 'card' } : undefined;
    }
    default:
      return undefined;
  }
}
