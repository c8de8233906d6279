import { listKeys, listQueryOptions } from './list-query'

export const personKeys = listKeys('people')
export const peopleQuery = () => listQueryOptions('people')
