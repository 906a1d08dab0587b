import { allText, assistantForEachTest, chat, headings, inputValues, type Card } from './assistant';

/**
 * Plays a whole conversation through the real handler: each step is what a person types or
 * presses, the headings they then see, and (optionally) phrases the cards must contain. A
 * `restart` step stops the assistant and starts a new one on the same store.
 */

/** `values`: inputs the cards must show filled in, by input id. */
export type TranscriptStep = (({ say: string } | { press: string | RegExp; inputs?: Record<string, string> }) & { see: string[]; read?: string[]; values?: Record<string, string> }) | { restart: true };

export function playTranscripts(transcripts: Array<[string, TranscriptStep[]]>): void {
  describe.each(transcripts)('%s', (_name, steps) => {
    const assistant = assistantForEachTest('embedded');

    it('goes as a practitioner would expect', async () => {
      let c = chat(assistant.url);
      let last: Card[] = await c.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user-fictional-1' }] });
      for (const step of steps) {
        if ('restart' in step) {
          await assistant.restart();
          c = chat(assistant.url, c.conversationId);
          continue;
        }
        const said = 'say' in step ? step.say : String(step.press);
        last = 'say' in step ? await c.say(step.say) : await c.press(last, step.press, step.inputs);
        expect({ step: said, see: headings(last) }).toEqual({ step: said, see: step.see });
        const text = allText(last);
        for (const phrase of step.read ?? []) expect({ step: said, reads: text.includes(phrase) ? phrase : `missing: ${phrase}` }).toEqual({ step: said, reads: phrase });
        if (step.values !== undefined) expect({ step: said, values: inputValues(last) }).toMatchObject({ step: said, values: step.values });
      }
      expect(allText(last)).not.toContain('{{');
    });
  });
}
