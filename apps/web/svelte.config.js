import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // Gzip and Brotli copies of every asset, served as they are by the host.
    adapter: adapter({ precompress: true }),
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        'img-src': ['self', 'data:'],
        'font-src': ['none'],
        'object-src': ['none'],
        'base-uri': ['none'],
        // Card payments: the pay button's form redirects to Stripe Checkout, the vendor's to Connect onboarding.
        'form-action': ['self', 'https://checkout.stripe.com', 'https://connect.stripe.com'],
        'frame-ancestors': ['none'],
      },
    },
  },
};
