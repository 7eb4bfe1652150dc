/**
 * Worker for the parameter audit: builds the lab transformer (src/training/model.ts) on the
 * CPU backend only, lists its real weight tensors and frees them. Importing tfjs-core and the
 * CPU backend alone keeps this far lighter than the training worker.
 */
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { ModelConfig } from '../../lib/labs/modelConfig';
import type { WeightInfo, WeightSummary } from '../../lib/labs/weightSummary';
import { auditModel } from '../../training/model';

const ready = tf.setBackend('cpu');

const api = {
  /** The real weight tensors of `config` and their sums by category. */
  async audit(config: ModelConfig): Promise<{ weights: WeightInfo[]; summary: WeightSummary }> {
    await ready;
    return auditModel(config);
  },
};

/** Type of the audit worker's API, for Comlink.wrap on the page. */
export type AuditWorkerApi = typeof api;

Comlink.expose(api);
