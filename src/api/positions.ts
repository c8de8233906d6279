import { listKeys, listQueryOptions } from './list-query'

export const positionKeys = listKeys('positions')
export const positionsQuery = () => listQueryOptions('positions')
