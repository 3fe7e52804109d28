import { PlaceholderPage } from '../../components/PlaceholderPage';

export function VopVsVocPage() {
  return <PlaceholderPage page="vopVsVoc" />;
}
