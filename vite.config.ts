import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the built folder works under any sub-path.
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // The exporters are large but loaded only on export; the first screen is measured separately.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // the font's licence travels with the font, readable in the browser
        assetFileNames: (asset) =>
          asset.names.includes('LICENSE_FONT') ? 'assets/NotoSerifSC-LICENSE-[hash].txt' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
