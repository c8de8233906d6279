import { listKeys, listQueryOptions } from './list-query'

export const topicKeys = listKeys('topics')
export const topicsQuery = () => listQueryOptions('topics')
