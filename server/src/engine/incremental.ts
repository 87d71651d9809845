// Incremental analysis: an editor sends the whole text on every keystroke, but an edit touches one or two
// pieces of it (engine/chunks.ts). The analyzer keeps the parse of each piece it has seen, keyed by the
// piece's text (trees are in the piece's own coordinates, so a piece that moved is still a hit), in a
// cache bounded by bytes; only the pieces an edit changed are parsed again.
import type { Root } from 'mdast';
import { analyzeCvWith, type AnalysisResult, type AnalyzeOptions } from './analyze';
import { assembleRoot, DEFAULT_PIECE_SIZES, parseChunk, parseInChunks, type ChunkParse, type PieceSizes } from './chunks';

export interface IncrementalAnalyzerOptions {
  /** Upper bound of the cached pieces' text, in UTF-16 code units (their trees take roughly 30× that). */
  maxCachedChars?: number;
  /** Smallest pieces to cut (tests cut small documents into many). */
  pieceSizes?: PieceSizes;
}

const DEFAULT_MAX_CACHED_CHARS = 2_000_000;

/** Least-recently-used pieces first out, once their text passes the budget. */
class ChunkCache {
  private readonly entries = new Map<string, ChunkParse>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  parse(text: string): ChunkParse {
    const hit = this.entries.get(text);
    if (hit) {
      // Re-inserting moves it to the young end of the Map's order.
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const parsed = parseChunk(text);
    if (text.length <= this.maxChars) {
      this.entries.set(text, parsed);
      this.chars += text.length;
      for (const [oldest] of this.entries) {
        if (this.chars <= this.maxChars) break;
        this.entries.delete(oldest);
        this.chars -= oldest.length;
      }
    }
    return parsed;
  }

  get size(): { pieces: number; chars: number } {
    return { pieces: this.entries.size, chars: this.chars };
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

/**
 * `analyze(text, options)` gives exactly what `analyzeCv(text, options)` gives, re-parsing only pieces
 * not seen before. One analyzer per document (or one shared: pieces are keyed by their text).
 */
export class IncrementalAnalyzer {
  private readonly cache: ChunkCache;
  private readonly parsePiece = (text: string): ChunkParse => this.cache.parse(text);
  private readonly parseDocument = (text: string) => parseInChunks(text, this.parsePiece, this.pieceSizes);
  private readonly pieceSizes: PieceSizes;

  constructor(options: IncrementalAnalyzerOptions = {}) {
    this.pieceSizes = options.pieceSizes ?? DEFAULT_PIECE_SIZES;
    this.cache = new ChunkCache(Math.max(0, options.maxCachedChars ?? DEFAULT_MAX_CACHED_CHARS));
  }

  analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
    return analyzeCvWith(this.parseDocument, text, options);
  }

  /** The document's mdast from the cached pieces: equal to a whole-document parse. */
  parse(text: string): Root {
    return assembleRoot(this.parseDocument(text));
  }

  /** How much the cache holds (for tests and the status view). */
  get cached(): { pieces: number; chars: number } {
    return this.cache.size;
  }

  clear(): void {
    this.cache.clear();
  }
}
