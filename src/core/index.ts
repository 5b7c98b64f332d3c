export * from './model.js';
export * from './message.js';
export * from './errors.js';
export * from './offsets.js';
export * from './document.js';
export * from './pipeline.js';
