import type { HomeView } from '@slack/types';
import type { Locale } from '../../domain/locale.ts';
import type { View } from '../../views/view-model.ts';
import { MAX_BLOCKS_PER_VIEW } from './block-kit-limits.ts';
import { formNote, renderSurfaceBlocks } from './render-surface.ts';

/** A view as the App Home tab for views.publish. https://docs.slack.dev/surfaces/app-home */
export function renderHome(view: View, locale: Locale): HomeView {
  return {
    type: 'home',
    blocks: renderSurfaceBlocks(view, locale, {
      maxBlocks: MAX_BLOCKS_PER_VIEW,
      renderForm: formNote(locale),
    }),
  };
}
