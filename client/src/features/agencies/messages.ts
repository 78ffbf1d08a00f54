import { addFeatureMessages } from "../../lib/feature-messages.ts";
import "../../styles/employers.css";
import de from "./locales/de.json";
import en from "./locales/en.json";

addFeatureMessages("agencies", { de, en });
