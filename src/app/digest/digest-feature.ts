import type { Feature } from '../feature.ts';
import { type DigestChatDeps, setDigestOptOut, showDigest, showDigestSection } from './show-digest.ts';

/**
 * The weekly digest in chat: `overzicht` / `digest` / `overview` (also the help card's button), "show more" on a
 * section, and the personal digest's opt-out and opt-in buttons.
 */
export function digestFeature(deps: DigestChatDeps): Feature {
  return {
    commands: {
      digest: (_args, context) => showDigest(deps, context),
    },
    actions: {
      'digest.more': (payload, context) => showDigestSection(deps, context, payload),
      'digest.opt-out': (_payload, context) => setDigestOptOut(deps, context, true),
      'digest.opt-in': (_payload, context) => setDigestOptOut(deps, context, false),
    },
  };
}
