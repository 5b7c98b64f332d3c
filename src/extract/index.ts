export { extractStage, joinBlocks, BLOCK_SEPARATOR } from './stage.js';
export type { Block, BlockSegment } from './block.js';
