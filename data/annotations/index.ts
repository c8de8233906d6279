/** Every cable's curated annotations, in one list for the dataset builder. */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { annotations as beijing2455 } from './07BEIJING2455.ts'
import { annotations as beijing2463 } from './07BEIJING2463.ts'
import { annotations as beijing2566 } from './07BEIJING2566.ts'
import { annotations as guangzhou376 } from './07GUANGZHOU376.ts'
import { annotations as shanghai330 } from './08SHANGHAI330.ts'

/** In the order the cables were sent, as data/sources.ts lists them: venue cards read as the series happened. */
export const allAnnotations: CableAnnotations[] = [guangzhou376, beijing2455, beijing2463, beijing2566, shanghai330]
