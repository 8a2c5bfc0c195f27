// What each part of the routing form receives: the form, the errors to show, and a way to change it.
import type { Pharmacy, SafetyNettingTemplate } from '../../api/http';
import type { Field, RoutingForm } from './routingForm';

export interface FieldsProps {
  form: RoutingForm;
  errors: Partial<Record<Field, string>>;
  update(patch: Partial<RoutingForm>): void;
}

export interface ReferenceProps {
  pharmacies: Pharmacy[];
  templates: SafetyNettingTemplate[];
}
