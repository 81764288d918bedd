import { defineConfig } from 'vite';

// `npm start` serves the repository root: the demo is at /demo/, the datasets at /data/.
export default defineConfig({
  server: { host: true, port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { port: Number(process.env.PORT) || 4173 },
  esbuild: { target: 'es2022' },
});
