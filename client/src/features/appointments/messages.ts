import { addFeatureMessages } from "../../lib/feature-messages.ts";
import "../../styles/appointments.css";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("appointments", { de, en });
