export { LoadingState as default } from "@/components/ui/loading";
