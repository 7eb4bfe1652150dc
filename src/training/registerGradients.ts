// tfjs-core alone registers no gradient functions: they ship in a separate module that the full
// @tensorflow/tfjs package imports for you, and this project uses tfjs-core alone, where any
// gradient fails with "Cannot compute gradient: gradient function not found". This side-effect
// import adds them. Vite and Vitest resolve its extensionless internal imports; plain Node needs the
// resolve hook at the top of bench/training.bench.ts.
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
