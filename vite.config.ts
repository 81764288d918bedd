import { defaultClientConditions, defineConfig } from 'vite';

// `npm start` serves the repository root: the demo is at /demo/, the datasets at /data/.
export default defineConfig({
  server: { host: true, port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { port: Number(process.env.PORT) || 4173 },
  esbuild: { target: 'es2022' },
  // The demo is what citizens see: Lit's production build, not the development build that warns
  // "Lit is in dev mode" in the console (Storybook, which reads this file too, follows).
  resolve: { conditions: defaultClientConditions.map((c) => (c === 'development|production' ? 'production' : c)) },
});
