import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// A relative base makes the static build work at a domain root and under any sub-path, since
// every asset URL is resolved against the page that loads it.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    // Monaco is one large lazily loaded chunk by design; the warning would only repeat that.
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
})
