// Compiles the message catalogue without a Vite build, for svelte-check.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide.options.js';

await compile(paraglideOptions);
