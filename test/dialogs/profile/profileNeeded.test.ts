import { profileNeeded } from '../../../dialogs/profile/profileNeeded';
import { route } from '../../../dialogs/router';

describe('what asks for the problem profile', () => {
  test.each(['problem profile', 'Problem Profile', 'the problem profile', 'MASE problem profile', 'local CSE problem profile', 'show me the problem profile'])('"%s" is the command, for 12 months', (text) => {
    expect(route(text)).toEqual({ kind: 'command', command: 'problemProfile' });
    expect(profileNeeded({ event: 'message.received', text })).toEqual({ months: 12, output: 'card' });
  });

  test.each(['what is a problem profile', 'profile', 'my submissions', 'a girl of 14 is in a hotel with two men right now'])('"%s" is not', (text) => {
    expect(profileNeeded({ event: 'message.received', text })).toBeUndefined();
  });

  test('the card buttons name their period, the CSV, and the CSV as a Teams file', () => {
    expect(profileNeeded({ event: 'profile.requested', months: 3 })).toEqual({ months: 3, output: 'card' });
    expect(profileNeeded({ event: 'profile.csvRequested', months: 6 })).toEqual({ months: 6, output: 'csvText' });
    expect(profileNeeded({ event: 'profile.fileRequested', months: 12 })).toEqual({ months: 12, output: 'teamsFile' });
    expect(profileNeeded({ event: 'submissions.listRequested' })).toBeUndefined();
  });
});
