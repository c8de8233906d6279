/** Prints the built dataset as JSON: the build runs this in a child process (see vite-plugins.ts). */
import { loadDataset } from './load-dataset'

process.stdout.write(JSON.stringify(loadDataset()))
