import { PageSkeleton } from './components/Skeletons';

export default function Loading() {
  return <PageSkeleton />;
}
