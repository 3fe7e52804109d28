import { PlaceholderPage } from '../../components/PlaceholderPage';

export function ResponsesPage() {
  return <PlaceholderPage page="responses" />;
}
