import type { ChannelStore, KnownProfessional } from '../../../src/app/ports/channel-store.ts';
import type { ConversationKey, MessagePlatform } from '../../../src/app/ports/messenger.ts';
import type { TryoutDirectory, TryoutProfessional } from '../../../src/app/ports/tryout-directory.ts';

/** A channel store that knows a fixed set of try-out identities (key → professional). */
export class FakeChannelStore implements ChannelStore {
  readonly references = new Map<string, unknown>();

  constructor(private readonly known: Record<string, KnownProfessional>) {}

  async findProfessional(platform: MessagePlatform, workspace: string, externalUserId: string) {
    if (platform !== 'tryout' || workspace !== '') return undefined;
    return Object.hasOwn(this.known, externalUserId) ? this.known[externalUserId] : undefined;
  }
  async claimDelivery() {
    return true;
  }
  async saveConversationReference(platform: MessagePlatform, key: ConversationKey, reference: unknown) {
    this.references.set(`${platform}/${key}`, reference);
  }
  async findConversationReference(platform: MessagePlatform, key: ConversationKey) {
    return this.references.get(`${platform}/${key}`);
  }
}

export class FakeDirectory implements TryoutDirectory {
  constructor(
    private readonly professionals: TryoutProfessional[],
    private readonly channelId: string | undefined,
  ) {}

  async listProfessionals() {
    return this.professionals;
  }
  async teamChannelId() {
    return this.channelId;
  }
}

/** Two demo-like professionals: Sanne without a language of her own, Joost who reads English. */
export const SANNE: KnownProfessional = { id: 'p-sanne', name: 'Sanne Test', locale: undefined };
export const JOOST: KnownProfessional = { id: 'p-joost', name: 'Joost Test', locale: 'en' };
export const TEAM_CHANNEL_ID = 'tc-1';

export function fakeTryoutDeps() {
  const store = new FakeChannelStore({ 'demo-sanne': SANNE, 'demo-joost': JOOST });
  const directory = new FakeDirectory(
    [
      {
        key: 'demo-sanne',
        name: 'Sanne Test',
        organisation: 'Schuldhulp <Oost>',
        disciplines: [
          { nl: 'Schuldhulpverlening', en: 'Debt counselling' },
          { nl: 'Inkomensconsulent', en: 'Income support' },
        ],
      },
      { key: 'demo-joost', name: 'Joost Test', organisation: 'GGZ Oost', disciplines: [] },
    ],
    TEAM_CHANNEL_ID,
  );
  return { store, directory };
}
