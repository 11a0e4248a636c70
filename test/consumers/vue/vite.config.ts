import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue renders the three tags as custom elements rather than looking for Vue components of those names.
const tags = ['news-article', 'random-image', 'video-card'];
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
  logLevel: 'warn',
});
