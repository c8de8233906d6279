/** Every cable's curated annotations, in one list for the dataset builder. */
import type { CableAnnotations } from '../../src/domain/dataset/annotations'
import { annotations as beijing2566 } from './07BEIJING2566'

export const allAnnotations: CableAnnotations[] = [beijing2566]
