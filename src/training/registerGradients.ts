// tfjs-core alone registers no gradient functions (STACK-NOTES): this side-effect import adds
// them. Vite and Vitest resolve its extensionless internal imports; plain Node needs the
// resolve hook at the top of bench/training.bench.ts.
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
