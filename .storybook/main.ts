import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages (autodocs, see preview.ts) with the attribute, event, part and custom-property tables.
  addons: ['@storybook/addon-docs'],
  // The two real reports and the test fixtures are served at the same paths as in the repository.
  staticDirs: [
    { from: '../data', to: '/data' },
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  core: { disableTelemetry: true },
  docs: {},
};
export default config;
