import { createApp } from 'vue';
import 'news-embed/define.js';
import App from './App.vue';
import Wrong from './Wrong.vue';

createApp(App).mount('#app');
// Only type-checked: mounted nowhere.
export { Wrong };
