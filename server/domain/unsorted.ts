import type { Topic } from './schemas';

/** Where ingest files measures it proposes for figures that fit none; a person names and moves them. */
export const UNSORTED_TOPIC: Topic = {
  id: 'unsorted',
  title: 'New figures',
  description: 'Measures proposed by ingest for figures that fit no existing measure.',
  position: 99,
};
