import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls are generated from custom-elements.json (kept current by a test).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: { title: 'lang', items: ['ja', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'ja' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'ja';
      return story();
    },
  ],
};
export default preview;
