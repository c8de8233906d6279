import { listKeys, listQueryOptions } from './list-query'

export const figureKeys = listKeys('figures')
export const figuresQuery = () => listQueryOptions('figures')
