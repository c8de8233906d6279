/** Every cable's curated annotations, in one list for the dataset builder. */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { annotations as beijing2566 } from './07BEIJING2566.ts'
import { annotations as guangzhou376 } from './07GUANGZHOU376.ts'

export const allAnnotations: CableAnnotations[] = [beijing2566, guangzhou376]
