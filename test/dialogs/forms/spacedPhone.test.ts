import { spacedPhone } from '../../../dialogs/forms/display';

/** A stored phone number read back in its groups (the third exploratory test saw "02079460000" for "020 7946 0000"). */

it.each([
  ['02079460000', '020 7946 0000'],
  ['01632960001', '01632 960001'],
  ['07700900123', '07700 900123'],
  ['03001234567', '0300 123 4567'],
  ['+442079460000', '+44 20 7946 0000'],
  ['+447700900123', '+44 7700 900123'],
  // Ten digits (some area codes) are shown as stored, not grouped wrongly.
  ['0169772345', '0169772345'],
])('%s reads %s', (stored, shown) => {
  expect(spacedPhone(stored)).toBe(shown);
});
