import { describe, expect, it } from 'vitest';
import { checkSender, type FrameLike, type SenderEventLike } from './sender-check';

const frame = (url: string, id = 1, parent: unknown = null): FrameLike => ({ url, parent, frameTreeNodeId: id });
const eventFrom = (sender: FrameLike | null, main: FrameLike = sender ?? frame('app://dossier/index.html')) =>
  ({ senderFrame: sender, sender: { mainFrame: main } }) satisfies SenderEventLike;

describe('checkSender', () => {
  it('trusts the main frame showing the app', () => {
    expect(checkSender(eventFrom(frame('app://dossier/index.html')))).toEqual({ trusted: true });
  });

  it('trusts a distinct wrapper of the same main frame', () => {
    const event = eventFrom(frame('app://dossier/index.html', 7), frame('app://dossier/index.html', 7));
    expect(checkSender(event).trusted).toBe(true);
  });

  it('refuses a vanished frame', () => {
    expect(checkSender(eventFrom(null)).trusted).toBe(false);
  });

  it('refuses a subframe, even one on the app origin', () => {
    const main = frame('app://dossier/index.html', 1);
    expect(checkSender(eventFrom(frame('app://dossier/index.html', 2, main), main)).trusted).toBe(false);
    expect(checkSender(eventFrom(frame('about:blank', 2, main), main)).trusted).toBe(false);
    expect(checkSender(eventFrom(frame('data:text/html,x', 2, main), main)).trusted).toBe(false);
  });

  it('refuses a top-level frame that is not the window’s main frame', () => {
    const event = eventFrom(frame('app://dossier/index.html', 3), frame('app://dossier/index.html', 1));
    expect(checkSender(event).trusted).toBe(false);
  });

  it.each(['file:///tmp/evil.html', 'data:text/html,x', 'about:blank', 'https://evil.example/', ''])(
    'refuses a main frame showing %s',
    (url) => {
      expect(checkSender(eventFrom(frame(url))).trusted).toBe(false);
    },
  );

  it('trusts the dev server only when it is configured', () => {
    const event = eventFrom(frame('http://localhost:5173/'));
    expect(checkSender(event).trusted).toBe(false);
    expect(checkSender(event, 'http://localhost:5173/').trusted).toBe(true);
  });

  it('refuses when the window is already destroyed', () => {
    const event = {
      senderFrame: frame('app://dossier/index.html'),
      sender: {
        get mainFrame(): FrameLike {
          throw new Error('Object has been destroyed');
        },
      },
    };
    expect(checkSender(event).trusted).toBe(false);
  });
});
