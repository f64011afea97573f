import { Tabs } from "@/components/ui/tabs";

/** 我的诉求: one's own requests, and the public requests one joined or follows. */
export function MyRequestsTabs({ current }: { current: "mine" | "following" }) {
  return (
    <Tabs
      label="我的诉求"
      tabs={[
        { href: "/me/requests", label: "我提交的", current: current === "mine" },
        { href: "/me/requests/following", label: "我关注的", current: current === "following" },
      ]}
    />
  );
}
